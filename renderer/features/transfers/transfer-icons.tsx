import type { ReactNode, SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement>;

function Svg({ children, ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      {children}
    </svg>
  );
}

/** Upload: an arrow up out of a tray. */
export function UploadIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 10.5V2.5M4.75 5.75 8 2.5l3.25 3.25M2.5 11v2.5h11V11" />
    </Svg>
  );
}

/** Download: an arrow down into a tray. */
export function DownloadIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 2.5v8M4.75 7.25 8 10.5l3.25-3.25M2.5 11v2.5h11V11" />
    </Svg>
  );
}

/** Pause: two bars. */
export function PauseIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M5.5 3.5v9M10.5 3.5v9" />
    </Svg>
  );
}

/** Resume: a play triangle. */
export function PlayIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M5 3.25v9.5L12.5 8z" />
    </Svg>
  );
}

/** Cancel: a cross. */
export function CancelIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </Svg>
  );
}

/** Retry: a circular arrow. */
export function RetryIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M12.75 8A4.75 4.75 0 1 1 11.3 4.6M12.75 2.5v2.75H10" />
    </Svg>
  );
}

/** Clear finished: a brush stroke over a line. */
export function ClearIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M3 12.5h10M5.5 10l5-6.5 2 1.5-5 6.5" />
    </Svg>
  );
}

/** Settings: three sliders. */
export function SettingsIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M2.5 4h6M11.5 4h2M2.5 8h2M7.5 8h6M2.5 12h7M12.5 12h1" />
      <circle cx="10" cy="4" r="1.5" />
      <circle cx="6" cy="8" r="1.5" />
      <circle cx="11" cy="12" r="1.5" />
    </Svg>
  );
}
