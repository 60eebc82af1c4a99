import { tokens } from '@fluentui/react-components';

/** One text colour of the Adaptive Cards host config, in its normal and subtle shade. */
interface ColorPair {
  default: string;
  subtle: string;
}

/** Text colours as Fluent tokens: CSS variables, so a theme switch recolours a rendered card. */
const FOREGROUND: Record<string, ColorPair> = {
  default: { default: tokens.colorNeutralForeground1, subtle: tokens.colorNeutralForeground3 },
  dark: { default: tokens.colorNeutralForeground1, subtle: tokens.colorNeutralForeground2 },
  light: { default: tokens.colorNeutralForeground2, subtle: tokens.colorNeutralForeground3 },
  accent: { default: tokens.colorBrandForeground1, subtle: tokens.colorBrandForeground2 },
  good: {
    default: tokens.colorStatusSuccessForeground1,
    subtle: tokens.colorStatusSuccessForeground1,
  },
  warning: {
    default: tokens.colorStatusWarningForeground3,
    subtle: tokens.colorStatusWarningForeground3,
  },
  attention: {
    default: tokens.colorStatusDangerForeground1,
    subtle: tokens.colorStatusDangerForeground1,
  },
};

/** Container backgrounds: the card's own surface, and the status colours of its progress bar. */
const BACKGROUNDS: Record<string, string> = {
  default: tokens.colorNeutralBackground1,
  emphasis: tokens.colorNeutralBackground4,
  accent: tokens.colorBrandBackground2,
  good: tokens.colorStatusSuccessBackground3,
  warning: tokens.colorStatusWarningBackground3,
  attention: tokens.colorStatusDangerBackground3,
};

/**
 * The Adaptive Cards host config (https://learn.microsoft.com/adaptive-cards/rendering-cards/host-config)
 * that makes a card look like the rest of the tab: Fluent's font, spacing and colours. Colours are
 * the current theme's tokens, so light, dark and high contrast follow the FluentProvider.
 */
export function fluentHostConfig(): Record<string, unknown> {
  const containerStyles = Object.fromEntries(
    Object.entries(BACKGROUNDS).map(([style, backgroundColor]) => [
      style,
      { backgroundColor, foregroundColors: FOREGROUND },
    ]),
  );
  return {
    supportsInteractivity: true,
    fontFamily: tokens.fontFamilyBase,
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 12 },
    separator: { lineThickness: 1, lineColor: tokens.colorNeutralStroke2 },
    containerStyles,
    actions: {
      maxActions: 5,
      spacing: 'default',
      buttonSpacing: 8,
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
    },
  };
}
