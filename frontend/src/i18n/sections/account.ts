/** The signed-in user's own account (`account.*`): changing one's password. */
export const accountZhCN = {
  'account.changePassword': '修改密码',
  'account.changePassword.desc': '修改后，下次登录请使用新密码。',
  'account.currentPassword': '当前密码',
  'account.currentPassword.required': '请输入当前密码',
  'account.newPassword': '新密码',
  'account.newPassword.required': '请输入新密码',
  'account.newPassword.help': '至少 10 位且不易被猜到：建议用几个不相关的词组成，避开用户名、姓名、常见密码和键盘顺序。',
  'account.confirmPassword': '确认新密码',
  'account.confirmPassword.required': '请再次输入新密码',
  'account.confirmPassword.mismatch': '两次输入的新密码不一致',
  'account.password.tooShort': '新密码至少 {min} 位',
  'account.password.tooLong': '新密码最多 {max} 位',
  'account.password.sameAsCurrent': '新密码不能与当前密码相同',
  'account.changePassword.submit': '确认修改',
  'account.changePassword.cancel': '取消',
  'account.changePassword.done': '密码已修改',
} as const;

export const accountEnUS: Record<keyof typeof accountZhCN, string> = {
  'account.changePassword': 'Change password',
  'account.changePassword.desc': 'Use the new password the next time you sign in.',
  'account.currentPassword': 'Current password',
  'account.currentPassword.required': 'Enter your current password',
  'account.newPassword': 'New password',
  'account.newPassword.required': 'Enter a new password',
  'account.newPassword.help':
    'At least 10 characters and hard to guess: a few unrelated words work well; avoid your username, names, common passwords and keyboard runs.',
  'account.confirmPassword': 'Confirm new password',
  'account.confirmPassword.required': 'Enter the new password again',
  'account.confirmPassword.mismatch': 'The two new passwords differ',
  'account.password.tooShort': 'The new password needs at least {min} characters',
  'account.password.tooLong': 'The new password may have at most {max} characters',
  'account.password.sameAsCurrent': 'The new password must differ from the current one',
  'account.changePassword.submit': 'Change',
  'account.changePassword.cancel': 'Cancel',
  'account.changePassword.done': 'Password changed',
};
