import { makeStyles, tokens } from '@fluentui/react-components';

/** The parent picker and the chosen parents with their weights. */
export const useParentPickerStyles = makeStyles({
  picker: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  combobox: { minWidth: 0, width: '100%' },
  option: { display: 'grid', minWidth: 0 },
  optionMeta: { color: tokens.colorNeutralForeground2 },
  list: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemText: { display: 'grid', flexGrow: 1, flexBasis: '8rem', minWidth: 0 },
  weight: { flexBasis: '5rem', flexGrow: 0, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  explanation: { color: tokens.colorNeutralForeground2 },
  loadError: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});
