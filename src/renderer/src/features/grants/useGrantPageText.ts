import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../../core/format';
import type { GrantExpense, GrantPayment } from '../../../../core/schemas';
import { useLanguage } from '../../shared/useLanguage';

/** How the grant page writes an amount, a date, an expense and a payment (a missing one as "none"). */
export function useGrantPageText() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const money = (cents: number | undefined) =>
    cents === undefined ? t('ui.common.none') : formatMoney(cents, lang);
  const date = (d: string | undefined) => (d ? formatDate(d, lang) : t('ui.common.none'));
  const expenseLabel = (e: GrantExpense) =>
    t('grantsPage.expenses.label', {
      date: formatDate(e.date, lang),
      amount: money(e.amountCents),
    });
  const paymentLabel = (p: GrantPayment) =>
    t('grantsPage.payments.label', { date: formatDate(p.date, lang) });
  return { money, date, expenseLabel, paymentLabel };
}
