// Form parts in DKFDS markup. Every field has a label, shows its own error and keeps
// the user's input when the form is rendered again.
import { currentCsrfToken } from './request-context.ts';
import type { Child } from 'hono/jsx';
import type { FieldIssue } from '../../services/service-error.ts';

/** The session's CSRF token, in every form that posts. */
export const Csrf = () => <input type="hidden" name="_csrf" value={currentCsrfToken()} />;

export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
const errorFor = (issues: FieldIssue[] | undefined, name: string) => issues?.find((i) => i.field === name)?.message;

type FieldProps = { name: string; label: string; issues?: FieldIssue[]; hint?: string };

function FieldFrame({ name, label, issues, hint, children }: FieldProps & { children: Child }) {
  const error = errorFor(issues, name);
  const id = fieldId(name);
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <label class="form-label" for={id}>{label}</label>
      {hint && <span class="form-hint" id={`${id}-hint`}>{hint}</span>}
      {error && <span class="form-error-message" id={`${id}-error`}><span class="sr-only">Fejl: </span>{error}</span>}
      {children}
    </div>
  );
}

function describedBy(name: string, issues: FieldIssue[] | undefined, hint: string | undefined) {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : '', errorFor(issues, name) ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(props: FieldProps & { value?: string | number | null; type?: string; required?: boolean }) {
  return (
    <FieldFrame {...props}>
      <input class="form-input" id={fieldId(props.name)} name={props.name} type={props.type ?? 'text'}
        value={props.value ?? ''} required={props.required} aria-describedby={describedBy(props.name, props.issues, props.hint)}
        aria-invalid={errorFor(props.issues, props.name) ? 'true' : undefined} />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string | null; rows?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea class="form-input" id={fieldId(props.name)} name={props.name} rows={props.rows ?? 5}
        aria-describedby={describedBy(props.name, props.issues, props.hint)}
        aria-invalid={errorFor(props.issues, props.name) ? 'true' : undefined}>{props.value ?? ''}</textarea>
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { value?: string | null; options: [string, string][]; placeholder?: string }) {
  return (
    <FieldFrame {...props}>
      <select class="form-select" id={fieldId(props.name)} name={props.name}
        aria-describedby={describedBy(props.name, props.issues, props.hint)}
        aria-invalid={errorFor(props.issues, props.name) ? 'true' : undefined}>
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map(([value, label]) => <option value={value} selected={value === props.value}>{label}</option>)}
      </select>
    </FieldFrame>
  );
}

/** A group of radio buttons or checkboxes in a fieldset with a legend. */
export function ChoiceGroup(props: FieldProps & { type: 'radio' | 'checkbox'; options: [string, string][]; values: string[] }) {
  const error = errorFor(props.issues, props.name);
  const id = fieldId(props.name);
  return (
    <div class={`form-group${error ? ' form-error' : ''}`} id={id}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend class="form-label">{props.label}</legend>
        {props.hint && <span class="form-hint">{props.hint}</span>}
        {error && <span class="form-error-message" id={`${id}-error`}><span class="sr-only">Fejl: </span>{error}</span>}
        <ul class="nobullet-list">
          {props.options.map(([value, label], i) => (
            <li>
              <input class={props.type === "radio" ? "form-radio" : "form-checkbox"} type={props.type} id={`${id}-${i}`} name={props.name} value={value} checked={props.values.includes(value)} />
              <label for={`${id}-${i}`}>{label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

/** A file to upload; the form needs enctype="multipart/form-data". */
export function FileField(props: FieldProps & { accept: string; multiple?: boolean }) {
  return (
    <FieldFrame {...props}>
      <input class="form-file" id={fieldId(props.name)} name={props.name} type="file" accept={props.accept} multiple={props.multiple}
        aria-describedby={describedBy(props.name, props.issues, props.hint)}
        aria-invalid={errorFor(props.issues, props.name) ? 'true' : undefined} />
    </FieldFrame>
  );
}
