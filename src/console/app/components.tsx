import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { CombinedError } from '@urql/core';
import { describeFailure, type Failure } from './client.ts';

export interface Problem {
  code: string;
  field: string[];
  message: string;
}

/** A failed request as a person needs it: what is missing, how long to wait, or what went wrong. */
export function FailureNotice({ error }: { error: CombinedError | Failure | null | undefined }) {
  if (!error) return null;
  const failure = 'kind' in error ? error : describeFailure(error);
  let text: string;
  switch (failure.kind) {
    case 'signed-out':
      text = 'Your session has ended. Sign in again.';
      break;
    case 'forbidden':
      text = failure.requires ? `You need the ${failure.requires} permission for this (ask an owner of the organization).` : `Not allowed: ${failure.message}`;
      break;
    case 'rate-limited':
      text = failure.retryAfterSeconds !== null ? `Too many requests. Try again in ${failure.retryAfterSeconds} seconds.` : `Too many requests: ${failure.message}`;
      break;
    default:
      text = failure.message;
  }
  return (
    <p class="notice error" role="alert">
      {text}
    </p>
  );
}

/** The userErrors that name no field shown here, so that none is lost. */
export function FormProblems({ problems, fields }: { problems: Problem[]; fields: string[] }) {
  const rest = problems.filter((problem) => !fields.includes(fieldOf(problem)));
  if (rest.length === 0) return null;
  return (
    <ul class="notice error" role="alert">
      {rest.map((problem) => (
        <li key={problem.message}>{problem.message}</li>
      ))}
    </ul>
  );
}

/** The input field a userError names: the last part of its path (["input", "name"] → "name"). */
export const fieldOf = (problem: Problem) => problem.field[problem.field.length - 1] ?? '';

interface FieldProps {
  label: string;
  name: string;
  problems?: Problem[];
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ComponentChildren;
}

/** A labelled control with its hint and the userErrors that name it, tied together for screen readers. */
export function Field({ label, name, problems = [], hint, children }: FieldProps) {
  const id = useId();
  const mine = problems.filter((problem) => fieldOf(problem) === name);
  const described = [hint ? `${id}-hint` : '', mine.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, name, 'aria-invalid': mine.length > 0, 'aria-describedby': described || undefined })}
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      {mine.length > 0 && (
        <small id={`${id}-error`} class="field-error" role="alert">
          {mine.map((problem) => problem.message).join('; ')}
        </small>
      )}
    </div>
  );
}

/** Copies `text`; where the browser allows no clipboard (a page over plain HTTP on another host), says to copy it by hand. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [outcome, setOutcome] = useState<'copied' | 'refused' | null>(null);
  const copy = async () => {
    const copied = await (navigator.clipboard?.writeText(text) ?? Promise.reject()).then(() => true, () => false);
    setOutcome(copied ? 'copied' : 'refused');
    if (copied) setTimeout(() => setOutcome(null), 2000);
  };
  return (
    <>
      <button type="button" onClick={copy}>
        {outcome === 'copied' ? 'Copied' : label}
        <span class="visually-hidden" aria-live="polite">
          {outcome === 'copied' ? ' to the clipboard' : ''}
        </span>
      </button>
      {outcome === 'refused' && <span role="alert">This browser allows no copying here: select the text and copy it.</span>}
    </>
  );
}

function remaining(until: string) {
  return Math.max(0, Math.round((Date.parse(until) - Date.now()) / 1000));
}

/** Minutes and seconds left until `until`, ticking every second. */
export function Countdown({ until, onEnd }: { until: string; onEnd?: () => void }) {
  const [seconds, setSeconds] = useState(() => remaining(until));
  useEffect(() => {
    const timer = setInterval(() => {
      const left = remaining(until);
      setSeconds(left);
      if (left === 0) {
        clearInterval(timer);
        onEnd?.();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <time class="countdown" dateTime={`PT${seconds}S`} aria-label={`${Math.floor(seconds / 60)} minutes ${seconds % 60} seconds left`}>
      {text}
    </time>
  );
}

/** A secret shown once: with a copy button and, for a management key, the window it can be revealed again in. */
export function SecretOnce({ title, secret, revealableUntil, onClose }: { title: string; secret: string; revealableUntil?: string | null; onClose: () => void }) {
  return (
    <section class="secret" aria-labelledby="secret-title" role="status">
      <h3 id="secret-title">{title}</h3>
      <div class="secret-value">
        <code data-testid="secret">{secret}</code>
        <CopyButton text={secret} />
      </div>
      {revealableUntil ? (
        <p>
          Copy it now. It can be shown again for <Countdown until={revealableUntil} /> (minutes:seconds); after that you will not see it again.
        </p>
      ) : (
        <p>
          <strong>Copy it now: you will not see this again.</strong> Steward keeps only a digest of it.
        </p>
      )}
      <button type="button" onClick={onClose}>
        Done
      </button>
    </section>
  );
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function When({ value, empty = '—' }: { value: string | null | undefined; empty?: string }) {
  if (!value) return <>{empty}</>;
  return <time dateTime={value}>{dateTime.format(new Date(value))}</time>;
}

export function Loading() {
  return (
    <p class="loading" aria-live="polite">
      Loading…
    </p>
  );
}

/** A table in its own scrolling frame (narrow screens scroll it, not the page), with column headings. */
export function Table({ caption, columns, children }: { caption?: string; columns: string[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table>
        {caption && <caption class="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** How long a rotated secret keeps working, in seconds, as a string for the select's value. */
export function GracePeriodSelect({ label, value, onChange }: { label: string; value: string; onChange: (seconds: string) => void }) {
  return (
    <label class="inline">
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="0">no time</option>
        <option value="3600">1 hour</option>
        <option value="86400">1 day</option>
      </select>
    </label>
  );
}
