/**
 * What the panel's live region says to screen readers: a field's new verdict once typing pauses
 * (so they are not flooded on every key), or at once for the user's own action (help code copied).
 */
import type { Timers } from './timers';

const ANNOUNCE_MS = 700;

export class Announcer {
  text = '';
  private timer: number | undefined;

  constructor(
    private readonly timers: Timers,
    /** The text changed: render it. */
    private readonly said: () => void,
  ) {}

  /** New verdicts, as the panel words them ("Nomor HP (WhatsApp): …"); said after a pause in typing. */
  findings(text: string): void {
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
