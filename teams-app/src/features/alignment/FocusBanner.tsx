import { Button, Text } from '@fluentui/react-components';
import { ZoomFitRegular } from '@fluentui/react-icons';
import { useApp } from '../../app/app-context';
import { useAlignmentStyles } from './Alignment.styles';

/** In focus mode: which goal's chain shows, and the way back to everything. */
export function FocusBanner({ title }: { title: string | undefined }) {
  const styles = useAlignmentStyles();
  const { navigate } = useApp();
  return (
    <div className={styles.banner}>
      <Text className={styles.bannerText}>
        {title === undefined ? (
          "Showing one goal's chain."
        ) : (
          <>
            Showing the chain of <strong>{title}</strong>: the goals it ladders up to and the goals
            that feed it.
          </>
        )}
      </Text>
      <Button icon={<ZoomFitRegular />} onClick={() => navigate({ screen: 'alignment' })}>
        Show everything
      </Button>
    </div>
  );
}
