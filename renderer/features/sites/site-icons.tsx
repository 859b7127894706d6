import { Svg, type IconProps } from '../../components/icons.js';

/** A folder with a plus: "New folder". */
export function FolderPlusIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M1.75 4.25c0-.55.45-1 1-1h3.2l1.5 1.5h5.8c.55 0 1 .45 1 1v6.5c0 .55-.45 1-1 1H2.75c-.55 0-1-.45-1-1z" />
      <path d="M8 7.5v3.5M6.25 9.25h3.5" />
    </Svg>
  );
}

/** Three dots: more actions. */
export function MoreIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M3.5 8h.01M8 8h.01M12.5 8h.01" strokeWidth="2.2" />
    </Svg>
  );
}

/** The disclosure chevron of a folder row; CSS turns it when the folder is open. */
export function ChevronIcon(props: IconProps) {
  return (
    <Svg width="12" height="12" {...props}>
      <path d="M6 4l4 4-4 4" />
    </Svg>
  );
}

/** A padlock: the connection is encrypted. */
export function LockIcon(props: IconProps) {
  return (
    <Svg width="12" height="12" {...props}>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 015 0v2" />
    </Svg>
  );
}
