import { useId, useState } from 'react';
import { errorReason } from './errorReason';

/**
 * The state every record form keeps: the typed values, the field errors of the
 * last check, the reason a save was refused, whether it is saving, and ids for
 * its fields. `set` changes one value and clears the refusal (the user is
 * answering it); `focus` moves to a field once the errors are shown;
 * `saveWith` runs a save, turning anything it throws into the refusal
 * `failed(reason)` says, so the typed values are never lost.
 */
export function useRecordFormState<V extends object, E extends object>(initial: () => V) {
  const prefix = useId();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<E>({} as E);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = (name: string) => `${prefix}-${name}`;
  const set = <K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setRefusal(null);
  };
  const focus = (elementId: string) =>
    window.setTimeout(() => document.getElementById(elementId)?.focus(), 0);
  const saveWith = async (save: () => Promise<void>, failed: (reason: string) => string) => {
    setSaving(true);
    try {
      await save();
    } catch (e) {
      setRefusal(failed(errorReason(e)));
    } finally {
      setSaving(false);
    }
  };
  return {
    values,
    setValues,
    errors,
    setErrors,
    refusal,
    setRefusal,
    saving,
    id,
    set,
    focus,
    saveWith,
  };
}
