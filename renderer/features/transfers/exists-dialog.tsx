import { useId, useState } from 'react';
import type { ExistsDecision, ExistsQuestion, FileStat } from '../../../shared/transfer.js';
import { Dialog } from '../../components/dialog.js';
import { FileIcon } from '../../components/icons.js';
import { formatSize } from '../browser/format.js';
import { compareSides, existsChoices, suggestedChoice } from './exists-choices.js';

// Seconds matter here: "newer" often means newer by a few seconds.
const preciseTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function Side({ title, where, stat, newer, bigger }: { title: string; where: string; stat: FileStat; newer: boolean; bigger: boolean }) {
  return (
    <div className="exists__side">
      <p className="exists__side-title">{title}</p>
      <p className="exists__where">{where}</p>
      <dl className="exists__facts">
        <dt>Size</dt>
        <dd>
          {stat.size === undefined ? 'Unknown' : `${formatSize(stat.size)}${stat.size >= 1024 ? ` (${stat.size.toLocaleString()} bytes)` : ''}`}
          {bigger && <span className="exists__hint">larger</span>}
        </dd>
        <dt>Modified</dt>
        <dd>
          {stat.modified === undefined ? 'Unknown' : preciseTime.format(stat.modified)}
          {newer && <span className="exists__hint">newer</span>}
        </dd>
      </dl>
    </div>
  );
}

/**
 * "The target file already exists": both files side by side, FileZilla's choices, and "apply to all" for the
 * rest of the queue. The job waits for the answer while the others go on; closing leaves it waiting.
 */
export function ExistsDialog({
  question,
  more,
  onAnswer,
  onClose,
}: {
  question: ExistsQuestion | null;
  /** How many other questions wait behind this one. */
  more: number;
  onAnswer: (decision: ExistsDecision, applyToAll: boolean) => void;
  onClose: () => void;
}) {
  const id = useId();
  // The parent keys this dialog by job, so each question starts from its own suggestion.
  const [choice, setChoice] = useState<ExistsDecision>(() => (question === null ? 'overwrite-if-newer' : suggestedChoice(question)));
  const [applyToAll, setApplyToAll] = useState(false);
  if (question === null) return <Dialog title="File exists" open={false} onClose={onClose} footer={null} />;
  const upload = question.kind === 'upload';
  const name = question.target.split(/[\\/]/).filter((part) => part !== '').at(-1) ?? question.target;
  const compare = compareSides(question);
  return (
    <Dialog
      title="The file already exists"
      open
      width={600}
      icon={<FileIcon />}
      onClose={onClose}
      onSubmit={() => onAnswer(choice, applyToAll)}
      description={
        <>
          <strong className="exists__name">{name}</strong> already exists {upload ? 'on the server' : 'on this computer'}. What should Ferry do?
        </>
      }
      footer={
        <>
          <label className="exists__all spacer">
            <input type="checkbox" checked={applyToAll} onChange={(event) => setApplyToAll(event.target.checked)} />
            Apply to all{more > 0 ? ` (${more} more waiting)` : ''}
          </label>
          <button type="button" className="button" onClick={onClose}>
            Decide later
          </button>
          <button type="submit" className="button button--primary">
            OK
          </button>
        </>
      }
    >
      <p className="exists__target" title={question.target}>
        {question.target}
      </p>
      <div className="exists__sides">
        <Side
          title={upload ? 'Your file (upload)' : 'Server file (download)'}
          where={upload ? 'On this computer' : 'On the server'}
          stat={question.source}
          newer={compare.newer === 'source'}
          bigger={compare.bigger === 'source'}
        />
        <Side
          title="Existing file"
          where={upload ? 'On the server' : 'On this computer'}
          stat={question.existing}
          newer={compare.newer === 'existing'}
          bigger={compare.bigger === 'existing'}
        />
      </div>
      <fieldset className="exists__choices">
        <legend className="field-label">Action</legend>
        {existsChoices.map((option) => (
          <label key={option.value} className="exists__choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={option.value}
              checked={choice === option.value}
              onChange={() => setChoice(option.value)}
              aria-describedby={`${id}-${option.value}`}
            />
            <span className="exists__choice-label">{option.label}</span>
            <span id={`${id}-${option.value}`} className="exists__choice-help">
              {option.help}
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
