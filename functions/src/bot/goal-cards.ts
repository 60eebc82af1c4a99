import type {
  AdaptiveCard,
  CardVersion,
  Goal,
  GoalCardActions,
  GoalCardData,
} from '@northstar/shared';
import {
  ADAPTIVE_CARD_CONTENT_TYPE as ADAPTIVE_CARD,
  CARD_TEXT_LIMITS,
  canEditGoal,
  goalCard,
  plainText,
  privateGoalCard,
  progressText,
} from '@northstar/shared';
import { callerCanView, viewOf } from '../features/goals/goal-reads.js';
import type { BotDeps, BotTurn } from './bot-turn.js';
import { companyGoalOf } from './company-goal.js';
import { goalUrl } from './goal-link.js';
import type { CardAttachment, ThumbnailPreview } from './invoke-responses.js';

/** Who a card is built for and where its links point: a bot turn, or a tab's request. */
export type CardViewer = Pick<BotTurn, 'caller' | 'origin'> & { deps: Pick<BotDeps, 'goals'> };

/**
 * Goal cards for one turn's viewer. Owner names and the tenant's goal index are looked up once
 * per turn, so a page of search results costs one directory read per distinct owner.
 */
export class TurnCards {
  private readonly names = new Map<string, Promise<string>>();
  private index: Promise<ReadonlyMap<string, Goal>> | undefined;

  constructor(private readonly turn: CardViewer) {}

  /** The goal when it exists and this viewer may see it; `null` alike for both other cases. */
  async visibleGoal(goalId: string): Promise<Goal | null> {
    const { caller, deps } = this.turn;
    const goal = await deps.goals.goals.get(caller.tenantId, goalId);
    return goal && (await callerCanView(caller, goal)) ? goal : null;
  }

  /** The goal's card as this viewer may see and act on it. The caller checked visibility. */
  async goalCard(
    goal: Goal,
    version: CardVersion,
    refreshUserIds: readonly string[] = [],
  ): Promise<AdaptiveCard> {
    const { data, actions } = await this.cardInput(goal);
    return goalCard(data, actions, { version, refreshUserIds });
  }

  /**
   * An attachment for a message-extension answer: the goal's card in `version`, with a thumbnail
   * preview for the result list or compose box; `null` gives the private card and its preview.
   */
  async attachment(goal: Goal | null, version: CardVersion): Promise<CardAttachment> {
    if (!goal) {
      const content = this.privateCard(version);
      return { contentType: ADAPTIVE_CARD, content, preview: thumb({ title: 'Private goal' }) };
    }
    const { data, actions } = await this.cardInput(goal);
    const preview = thumb({
      title: plainText(data.title, CARD_TEXT_LIMITS.title),
      subtitle: plainText(data.owner.displayName, CARD_TEXT_LIMITS.name),
      text: progressText(data.progress, data.status),
    });
    return { contentType: ADAPTIVE_CARD, content: goalCard(data, actions, { version }), preview };
  }

  /** What a viewer gets for a goal they may not see, or one that does not exist: the same. */
  privateCard(version: CardVersion): AdaptiveCard {
    return privateGoalCard({ version, appUrl: this.turn.origin });
  }

  private async cardInput(goal: Goal): Promise<{ data: GoalCardData; actions: GoalCardActions }> {
    const { caller, deps, origin } = this.turn;
    const [view, ownerName, index, chain] = await Promise.all([
      viewOf(deps.goals, caller, goal),
      this.nameOf(goal.ownerId),
      this.goalIndex(),
      caller.chainOf(goal.ownerId),
    ]);
    const data: GoalCardData = {
      id: goal.id,
      title: goal.title,
      level: goal.level,
      owner: { id: goal.ownerId, displayName: ownerName },
      progress: view.progress,
      status: view.status,
      lastConfidence: goal.lastConfidence,
      dueDate: goal.dueDate,
      companyGoal: companyGoalOf(goal, index),
      url: goalUrl(origin, goal.id),
      unit: goal.metric?.unit ?? null,
    };
    const canCheckIn = goal.state === 'active' && canEditGoal(caller.viewer, goal, chain);
    // Kudos go to the owner, and nobody praises themselves.
    const companyValues = goal.ownerId === caller.person.id ? [] : caller.settings.companyValues;
    return { data, actions: { canCheckIn, companyValues } };
  }

  private nameOf(personId: string): Promise<string> {
    let name = this.names.get(personId);
    if (!name) {
      const { caller, deps } = this.turn;
      name = deps.goals.directory
        .getPerson(caller.tenantId, personId)
        .then((person) => person?.displayName ?? 'Someone who left');
      this.names.set(personId, name);
    }
    return name;
  }

  private goalIndex(): Promise<ReadonlyMap<string, Goal>> {
    this.index ??= this.turn.deps.goals.snapshots
      .get(this.turn.caller.tenantId)
      .then((snapshot) => new Map(snapshot.goals.map((g) => [g.id, g])));
    return this.index;
  }
}

function thumb(content: ThumbnailPreview['content']): ThumbnailPreview {
  return { contentType: 'application/vnd.microsoft.card.thumbnail', content };
}
