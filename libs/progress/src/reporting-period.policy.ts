/**
 * Reporting periods: the calendar year cut into periods of `months` months
 * (3: quarters). Partners are expected to report on each milestone they are
 * responsible for at least once per period.
 */
export function reportingPeriod(today: string, months: number): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const startMonth = Math.floor((month - 1) / months) * months + 1;
  const endMonth = startMonth + months - 1;
  const from = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const endYear = year + Math.floor((endMonth - 1) / 12);
  const endMonthOfYear = ((endMonth - 1) % 12) + 1;
  const last = new Date(Date.UTC(endYear, endMonthOfYear, 0)).getUTCDate();
  return { from, to: `${endYear}-${String(endMonthOfYear).padStart(2, '0')}-${String(last).padStart(2, '0')}` };
}
