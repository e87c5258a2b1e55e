/** Changing a request before approving it, in English (same shape as `localization/en.ts`). */
export const changeEn = {
  'change.toggle': `Approve with another time or in another room`,
  'change.legend': `New time and room`,
  'change.hint': `The person will get an e-mail that says what changed.`,
  'change.room': `Room`,
  'change.date': `Date`,
  'change.from': `Start`,
  'change.to': `End`,
  'change.date.missing': `Enter the date`,
  'change.from.missing': `Enter when it starts`,
  'change.to.missing': `Enter when it ends`,
  'change.to.before': `The end must be after the start`,
  'check.changed': `Changed to`,
};
