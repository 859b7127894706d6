import type { SVGProps } from 'react';

/** Props of every line icon: any SVG attribute. */
export type IconProps = SVGProps<SVGSVGElement>;

/** Shared frame for the line icons: 16px, current colour, hidden from screen readers (labels carry meaning). */
export function Svg({ children, ...props }: IconProps) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

/** A folder. */
export function FolderIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M1.75 4.25c0-.55.45-1 1-1h3.2l1.5 1.5h5.8c.55 0 1 .45 1 1v6.5c0 .55-.45 1-1 1H2.75c-.55 0-1-.45-1-1z" />
    </Svg>
  );
}

/** A file. */
export function FileIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 1.75h5l3 3v9.5H4z" />
      <path d="M9 1.75v3h3" />
    </Svg>
  );
}

/** A link (symlink). */
export function LinkIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6.5 9.5l3-3" />
      <path d="M7.25 4.75l1.1-1.1a2.5 2.5 0 013.5 3.5l-1.1 1.1" />
      <path d="M8.75 11.25l-1.1 1.1a2.5 2.5 0 01-3.5-3.5l1.1-1.1" />
    </Svg>
  );
}

/** Up one level. */
export function UpIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 13V3.5" />
      <path d="M4 7.25L8 3.25l4 4" />
    </Svg>
  );
}

/** Refresh. */
export function RefreshIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M13.25 8a5.25 5.25 0 11-1.6-3.77" />
      <path d="M13.25 2.5v3h-3" />
    </Svg>
  );
}

/** Show hidden files. */
export function EyeIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8z" />
      <circle cx="8" cy="8" r="2" />
    </Svg>
  );
}

/** A server. */
export function ServerIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="2" y="2.5" width="12" height="4.5" rx="1" />
      <rect x="2" y="9" width="12" height="4.5" rx="1" />
      <path d="M4.5 4.75h.01M4.5 11.25h.01" />
    </Svg>
  );
}

/** A computer (the local side). */
export function ComputerIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="1.75" y="2.5" width="12.5" height="8.5" rx="1" />
      <path d="M5.5 13.5h5M8 11v2.5" />
    </Svg>
  );
}

/** Plus (new). */
export function PlusIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 3v10M3 8h10" />
    </Svg>
  );
}

/** Arrows for transfers. */
export function TransferIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M2.5 5.5h10l-2.5-2.5M13.5 10.5h-10l2.5 2.5" />
    </Svg>
  );
}

/** A list of lines (the log). */
export function LogIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M2.5 4h11M2.5 8h11M2.5 12h7" />
    </Svg>
  );
}

/** A warning sign for errors. */
export function WarningIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 2L1.5 13.5h13z" />
      <path d="M8 6.5v3M8 11.5h.01" />
    </Svg>
  );
}

/** A sort arrow; rotated for descending by CSS. */
export function SortArrowIcon(props: IconProps) {
  return (
    <Svg width="10" height="10" {...props}>
      <path d="M4 10l4-4 4 4" />
    </Svg>
  );
}

/** The Ferry mark: a boat on a wave. */
export function FerryMark(props: IconProps) {
  return (
    <Svg width="20" height="20" {...props}>
      <path d="M2.5 9.5h11l-1.6 3H4.1z" />
      <path d="M5 9.5V6.5h5l1.5 3" />
      <path d="M1.5 14.25c1.1 0 1.1-.75 2.2-.75s1.1.75 2.2.75 1.1-.75 2.1-.75 1.1.75 2.2.75 1.1-.75 2.2-.75 1.1.75 2.1.75" />
    </Svg>
  );
}

/** A closed padlock: the connection is encrypted. */
export function LockIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="3" y="7" width="10" height="7" rx="1.25" />
      <path d="M5.25 7V5a2.75 2.75 0 015.5 0v2" />
    </Svg>
  );
}

/** An open padlock: the connection is NOT encrypted. */
export function UnlockIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="3" y="7" width="10" height="7" rx="1.25" />
      <path d="M5.25 7V5a2.75 2.75 0 015.3-1" />
    </Svg>
  );
}

/** Copy to the clipboard. */
export function CopyIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="5.25" y="5.25" width="8.5" height="8.5" rx="1.25" />
      <path d="M10.75 5.25v-2a1 1 0 00-1-1h-6.5a1 1 0 00-1 1v6.5a1 1 0 001 1h2" />
    </Svg>
  );
}

/** A shield: certificates and trust. */
export function ShieldIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 1.75l5.25 2v4c0 3.2-2.3 5.4-5.25 6.5C5.05 13.15 2.75 10.95 2.75 7.75v-4z" />
    </Svg>
  );
}

/** A small downward chevron (dropdowns). */
export function ChevronDownIcon(props: IconProps) {
  return (
    <Svg width="12" height="12" {...props}>
      <path d="M4 6l4 4 4-4" />
    </Svg>
  );
}

/** Unplug: disconnect. */
export function DisconnectIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M2.5 13.5l3-3M13.5 2.5l-3 3" />
      <path d="M5.5 6.5l4 4-1.25 1.25a2.83 2.83 0 01-4-4z" />
      <path d="M10.5 9.5l-4-4 1.25-1.25a2.83 2.83 0 014 4z" />
    </Svg>
  );
}
