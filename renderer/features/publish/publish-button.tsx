/** A globe with an arrow: "put my site on the web". */
function PublishIcon() {
  return (
    <svg width="15" height="15" viewBox="0 0 16 16" fill="none" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.25" stroke="currentColor" strokeWidth="1.3" />
      <path d="M1.9 8h12.2M8 1.75c1.7 1.8 2.5 3.9 2.5 6.25S9.7 12.45 8 14.25C6.3 12.45 5.5 10.35 5.5 8S6.3 3.55 8 1.75z" stroke="currentColor" strokeWidth="1.1" />
    </svg>
  );
}

/** The toolbar's "Publish…" button, shown while connected. */
export function PublishButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="button" onClick={onClick} title="Compare a folder on this computer with the server and publish the changes">
      <PublishIcon />
      Publish…
    </button>
  );
}
