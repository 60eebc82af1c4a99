/**
 * The subset of the Adaptive Cards schema (https://adaptivecards.io/explorer/) the builders emit,
 * as plain JSON types: builders return data, never renderer objects.
 */

/** `1.5` for cards with Universal Actions; `1.3` for link unfurling, where Teams stops at 1.3. */
export type CardVersion = '1.5' | '1.3';

export type CardSpacing = 'none' | 'small' | 'default' | 'medium' | 'large';
export type CardTextSize = 'small' | 'default' | 'medium' | 'large';
export type CardTextColor = 'default' | 'accent' | 'good' | 'warning' | 'attention';
export type CardContainerStyle =
  'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

/** Markdown-processed text: only ever text the app wrote, never user text. */
export interface CardTextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: CardTextSize;
  weight?: 'bolder';
  color?: CardTextColor;
  isSubtle?: boolean;
  spacing?: CardSpacing;
}

/** A run of literal text: the Adaptive Cards spec says TextRun never processes markdown. */
export interface CardTextRun {
  type: 'TextRun';
  text: string;
  size?: CardTextSize;
  weight?: 'bolder';
  color?: CardTextColor;
  isSubtle?: boolean;
  italic?: boolean;
}

export interface CardRichTextBlock {
  type: 'RichTextBlock';
  inlines: CardTextRun[];
  spacing?: CardSpacing;
}

export interface CardColumn {
  type: 'Column';
  /** A number is a relative weight. */
  width: number | 'auto' | 'stretch';
  items: CardElement[];
  style?: CardContainerStyle;
  minHeight?: string;
  spacing?: CardSpacing;
}

export interface CardColumnSet {
  type: 'ColumnSet';
  columns: CardColumn[];
  spacing?: CardSpacing;
}

export interface CardContainer {
  type: 'Container';
  items: CardElement[];
  style?: CardContainerStyle;
  spacing?: CardSpacing;
}

/** What every input carries: a label and, when required, the message shown when it is empty. */
interface CardInputBase {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface CardNumberInput extends CardInputBase {
  type: 'Input.Number';
  min?: number;
  max?: number;
  placeholder?: string;
}

export interface CardTextInput extends CardInputBase {
  type: 'Input.Text';
  isMultiline?: boolean;
  maxLength: number;
  placeholder?: string;
}

export interface CardChoiceSetInput extends CardInputBase {
  type: 'Input.ChoiceSet';
  style: 'compact';
  choices: { title: string; value: string }[];
  placeholder?: string;
}

export type CardInput = CardNumberInput | CardTextInput | CardChoiceSetInput;

export type CardElement =
  CardTextBlock | CardRichTextBlock | CardColumnSet | CardContainer | CardInput;

export interface CardOpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** A Universal Action (1.4+): Teams sends it to the bot as an `adaptiveCard/action` invoke. */
export interface CardExecuteAction {
  type: 'Action.Execute';
  title?: string;
  verb: string;
  data: Record<string, string>;
}

export interface CardShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: NestedAdaptiveCard;
}

export type CardAction = CardOpenUrlAction | CardExecuteAction | CardShowCardAction;

/** The card an `Action.ShowCard` reveals (no `version` or `$schema` of its own). */
export interface NestedAdaptiveCard {
  type: 'AdaptiveCard';
  body: CardElement[];
  actions?: CardAction[];
}

/** `refresh` (1.4+): who gets the card refreshed automatically, and the action that does it. */
export interface CardRefresh {
  action: CardExecuteAction;
  /** At most 60 user ids (Teams' limit); absent, viewers refresh by hand. */
  userIds?: string[];
}

/** A whole card, ready to be an attachment's `content`. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: CardVersion;
  body: CardElement[];
  actions?: CardAction[];
  refresh?: CardRefresh;
}

/** The `$schema` every card names. */
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** The attachment content type of an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
