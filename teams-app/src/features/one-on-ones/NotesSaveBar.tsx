import { Button, Text } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';

/** A notes editor's save button and where the text stands, announced politely. */
export function NotesSaveBar({
  label,
  dirty,
  saving,
  saved,
  onSave,
}: {
  label: string;
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  onSave: () => void;
}) {
  const styles = useOneOnOneDetailStyles();
  const words = saving ? 'Saving…' : dirty ? 'Unsaved changes' : saved ? 'Saved' : '';
  return (
    <div className={styles.row}>
      <Button icon={<SaveRegular />} disabled={!dirty || saving} onClick={onSave}>
        {label}
      </Button>
      <Text role="status" className={styles.muted}>
        {words}
      </Text>
    </div>
  );
}
