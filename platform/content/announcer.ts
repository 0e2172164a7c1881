/**
 * What the panel's live region says to screen readers: a field's new verdict once typing pauses
 * (so they are not flooded on every key), or at once for the user's own action (help code copied).
 */
import { fieldName, findingText } from '../../components/findingText';
import type { EvaluatedFinding } from '../../rules/engine/evaluate';
import type { Locale } from '../../rules/locales';
import type { Timers } from './scheduler';

const ANNOUNCE_MS = 700;

export class Announcer {
  text = '';
  private timer: number | undefined;

  constructor(
    private readonly timers: Timers,
    /** The text changed: render it. */
    private readonly said: () => void,
  ) {}

  /** Findings whose reason changed, each with its field's name; said after a pause in typing. */
  findings(changed: readonly EvaluatedFinding[], locale: Locale): void {
    if (changed.length === 0) return;
    const text = changed.map((f) => `${fieldName(f.field, locale)}: ${findingText(f, locale)}`).join(' ');
    this.timers.clear(this.timer);
    this.timer = this.timers.later(() => {
      this.timer = undefined;
      this.say(text);
    }, ANNOUNCE_MS);
  }

  say(text: string): void {
    this.text = text;
    this.said();
  }
}
