import { useEffect, useRef, useState } from 'react';

/**
 * The step an import wizard shows. After the user moves to another step the
 * focus goes to its heading (`headingRef`), so keyboard and screen-reader users
 * start reading the new step from its top; `reset` goes back to the first step
 * without moving the focus (the wizard is being closed).
 */
export function useImportSteps<S extends string>(first: S) {
  const [step, setStep] = useState<S>(first);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);
  const go = (next: S) => {
    moved.current = true;
    setStep(next);
  };
  const reset = () => {
    moved.current = false;
    setStep(first);
  };
  return { step, go, reset, headingRef };
}
