import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/**
 * The preview dialog, and the look of what the `adaptivecards` library renders inside it: its
 * buttons and inputs styled like Fluent's (the library ships only bare elements and class names).
 */
export const useCardPreviewStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  frame: {
    minWidth: 0,
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
    '& .ac-adaptiveCard:focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    '& .ac-actionSet': { flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
    '& .ac-pushButton': {
      minHeight: '32px',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      cursor: 'pointer',
    },
    '& .ac-pushButton:hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1Hover,
    },
    '& .ac-pushButton.expanded': {
      backgroundColor: tokens.colorNeutralBackground1Selected,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Selected),
    },
    '& .ac-pushButton:focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    '& .ac-input': {
      boxSizing: 'border-box',
      width: '100%',
      minHeight: '32px',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderBottomColor: tokens.colorNeutralStrokeAccessible,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
    },
    '& .ac-input:focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    '& .ac-input-validation-failed': { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  },
  size: { color: tokens.colorNeutralForeground2 },
});
