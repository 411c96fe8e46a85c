// Web Chat's look. Colours are chosen for contrast (at least 4.5:1 for text, WCAG AA): dark text on a light
// grey bot bubble, white text on the deep blue user bubble.
const deepBlue = '#0a5294';
const ink = '#1b1f24';
// Secondary text: Web Chat's default grey (#767676) is only 4.0:1 on the bot bubble.
const slate = '#5c6670';

export const styleOptions = {
  accent: deepBlue,
  primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  backgroundColor: '#ffffff',

  bubbleBackground: '#eef1f4',
  bubbleTextColor: ink,
  bubbleBorderWidth: 0,
  bubbleBorderRadius: 12,
  bubbleFromUserBackground: deepBlue,
  bubbleFromUserTextColor: '#ffffff',
  bubbleFromUserBorderWidth: 0,
  bubbleFromUserBorderRadius: 12,
  bubbleMaxWidth: 560,

  botAvatarInitials: 'BS',
  botAvatarBackgroundColor: deepBlue,
  userAvatarInitials: 'You',

  suggestedActionLayout: 'flow',
  suggestedActionBackgroundColor: '#ffffff',
  suggestedActionBorderColor: deepBlue,
  suggestedActionTextColor: deepBlue,
  suggestedActionBorderRadius: 16,

  sendBoxTextColor: ink,
  sendBoxButtonColor: deepBlue,
  // The bot takes no files: hide the paperclip rather than offer something that cannot work.
  hideUploadButton: true,
  timestampColor: slate,
  // Adaptive Cards' subtle text (isSubtle), e.g. the welcome card's subtitle.
  subtle: slate,
};
