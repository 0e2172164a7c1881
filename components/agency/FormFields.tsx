import type { ComponentChildren } from 'preact';

/** Problems of one box, by the policy path it fills (e.g. `agencyProfile.helpDesks.0.whatsapp`). */
export type ProblemsByPath = ReadonlyMap<string, string[]>;

/**
 * One labelled text box. `path` is where its value lands in the policy: the problems the check
 * finds there are shown under the box and tied to it for screen readers.
 */
export function TextBox(props: { path: string; label: string; value: string; onInput: (v: string) => void; problems: ProblemsByPath; type?: string; placeholder?: string; list?: boolean }) {
  const { path, label, value, onInput, problems, type = 'text', placeholder, list } = props;
  const id = 'f-' + path.replace(/[^a-zA-Z0-9]+/g, '-');
  // A list box (several values, comma separated): the problems of its items (`<path>.1`) too, numbered from 1.
  const items = list ? [...problems].filter(([k]) => k.startsWith(`${path}.`) && /^\d+$/.test(k.slice(path.length + 1))) : [];
  const mine = [...(problems.get(path) ?? []), ...items.map(([k, ps]) => `${Number(k.slice(path.length + 1)) + 1}: ${ps.join('; ')}`)];
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <br />
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        data-path={path}
        aria-invalid={mine.length ? 'true' : undefined}
        aria-describedby={mine.length ? `${id}-p` : undefined}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
      {mine.length > 0 && (
        <span id={`${id}-p`} class="problem" data-problem-for={path}>
          {mine.join('; ')}
        </span>
      )}
    </p>
  );
}

export function Fieldset({ legend, children, testid }: { legend: string; children: ComponentChildren; testid?: string }) {
  return (
    <fieldset data-testid={testid}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
