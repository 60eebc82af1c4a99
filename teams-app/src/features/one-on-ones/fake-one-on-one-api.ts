import type {
  AddActionItem,
  AddTalkingPoint,
  GoalView,
  OneOnOneSeries,
  PrivateNote,
  UpdateActionItem,
  UpdateTalkingPoint,
} from '@northstar/shared';
import { ApiError } from '../../api/api-error';
import type { OneOnOneView } from '@northstar/shared';
import { testGoalView } from '../my-team/test-goal-view';
import { testMeeting, testNote, testSeries } from './test-one-on-ones';

/** Arjun's goals, to link talking points to. */
export const ARJUN_GOALS: GoalView[] = [
  testGoalView({ id: 'g-drill', title: 'Run the failover drill' }),
  testGoalView({ id: 'g-old', title: 'Archived goal', state: 'archived' }),
];

/** A 412 as the API client throws it. */
export const stale = () =>
  new ApiError(412, { code: 'precondition_failed', detail: 'Someone changed this 1:1 first.' });

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * An in-memory 1:1 API with ETags, as the fake behind the screens: it answers like the server
 * (412 on a stale If-Match, 404 for a note not written yet) and records what was called.
 */
export class FakeOneOnOneApi {
  readonly calls: string[] = [];
  private version = 1;
  /** Errors to throw, once each, from the next call of a method. */
  readonly failures = new Map<string, Error>();
  /** Private notes by `${authorId}/${meetingId}`: the fake, like the server, returns only mine. */
  readonly notes = new Map<string, PrivateNote>();

  constructor(
    readonly meId: string,
    public series: OneOnOneSeries[] = [testSeries()],
    public meetings: OneOnOneView[] = [],
    readonly goals: GoalView[] = ARJUN_GOALS,
  ) {}

  private async answer<T>(method: string, run: () => T): Promise<T> {
    this.calls.push(method);
    await Promise.resolve();
    const failure = this.failures.get(method);
    if (failure !== undefined) {
      this.failures.delete(method);
      throw failure;
    }
    return copy(run());
  }

  private meeting(id: string, etag?: string): OneOnOneView {
    const found = this.meetings.find((m) => m.id === id);
    if (!found) throw new ApiError(404, { code: 'not_found', detail: 'No such 1:1.' });
    if (etag !== undefined && etag !== found.etag) throw stale();
    return found;
  }

  /** Changes a 1:1 as the other participant would (new ETag). */
  change(id: string, edit: (m: OneOnOneView) => Partial<OneOnOneView>): OneOnOneView {
    const found = this.meeting(id);
    this.version += 1;
    const next = { ...found, ...edit(found), etag: `${id}-e${String(this.version)}` };
    this.meetings = this.meetings.map((m) => (m.id === id ? next : m));
    return next;
  }

  listOneOnOneSeries = () => this.answer('listOneOnOneSeries', () => this.series);
  createOneOnOneSeries = (reportId: string) =>
    this.answer('createOneOnOneSeries', () => {
      const created = testSeries({ id: `oos-${reportId}`, reportId, managerId: this.meId });
      this.series = [...this.series, created];
      return created;
    });
  listOneOnOnes = (seriesId: string) =>
    this.answer('listOneOnOnes', () => this.meetings.filter((m) => m.seriesId === seriesId));
  createOneOnOne = (seriesId: string, body: { scheduledFor: string }) =>
    this.answer('createOneOnOne', () => {
      const created = testMeeting({
        id: `oo-${String(this.meetings.length + 1)}`,
        seriesId,
        ...body,
      });
      this.meetings = [...this.meetings, created];
      return created;
    });
  addTalkingPoint = (_s: string, id: string, body: AddTalkingPoint) =>
    this.answer('addTalkingPoint', () =>
      this.change(id, (m) => ({
        agenda: [
          ...m.agenda,
          {
            id: `tp-${String(this.version)}`,
            authorId: this.meId,
            text: body.text,
            goalIds: body.goalIds ?? [],
            done: false,
          },
        ],
      })),
    );
  updateTalkingPoint = (
    t: { id: string; pointId: string },
    patch: UpdateTalkingPoint,
    etag: string,
  ) =>
    this.answer(`updateTalkingPoint:${etag}`, () => {
      this.meeting(t.id, etag);
      return this.change(t.id, (m) => ({
        agenda: m.agenda.map((p) => (p.id === t.pointId ? { ...p, ...patch } : p)),
      }));
    });
  updateSharedNotes = (_s: string, id: string, sharedNotes: string, etag: string) =>
    this.answer(`updateSharedNotes:${etag}`, () => {
      this.meeting(id, etag);
      return this.change(id, () => ({ sharedNotes }));
    });
  addActionItem = (_s: string, id: string, body: AddActionItem) =>
    this.answer('addActionItem', () =>
      this.change(id, (m) => ({
        actionItems: [
          ...m.actionItems,
          {
            id: `ai-${String(this.version)}`,
            text: body.text,
            ownerId: body.ownerId,
            dueDate: body.dueDate ?? null,
            done: false,
          },
        ],
      })),
    );
  updateActionItem = (t: { id: string; itemId: string }, patch: UpdateActionItem, etag: string) =>
    this.answer(`updateActionItem:${etag}`, () => {
      this.meeting(t.id, etag);
      return this.change(t.id, (m) => ({
        actionItems: m.actionItems.map((a) => (a.id === t.itemId ? { ...a, ...patch } : a)),
      }));
    });
  getPrivateNote = (_s: string, id: string) =>
    this.answer('getPrivateNote', () => {
      const note = this.notes.get(`${this.meId}/${id}`);
      if (!note) throw new ApiError(404, { code: 'not_found', detail: 'No private note.' });
      return note;
    });
  putPrivateNote = (_s: string, id: string, text: string, etag?: string) =>
    this.answer(`putPrivateNote:${etag ?? 'none'}`, () => {
      const key = `${this.meId}/${id}`;
      const existing = this.notes.get(key);
      if (existing && existing.etag !== etag) throw stale();
      this.version += 1;
      const note = testNote({
        authorId: this.meId,
        oneOnOneId: id,
        text,
        etag: `n${String(this.version)}`,
      });
      this.notes.set(key, note);
      return note;
    });
  listGoals = (query: { ownerId?: string }) =>
    this.answer('listGoals', () => ({
      items: this.goals.filter((g) => g.ownerId === query.ownerId),
    }));
  person = (id: string) =>
    this.answer('person', () => {
      throw new ApiError(404, { code: 'not_found', detail: `No person ${id}.` });
    });
}
