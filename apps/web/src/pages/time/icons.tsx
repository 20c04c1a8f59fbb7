import './icons.css';

/**
 * Small line icons for time (drawn, so they show on machines without an emoji font): a stopwatch for a timer, a
 * flag for a due date, a bell for reminders. Decorative: the text beside them says the same.
 */
const BASE = { width: '1em', height: '1em', viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false, className: 'time-icon' } as const;

export const TimerIcon = () => (
  <svg {...BASE}><circle cx="8" cy="9" r="5.5" /><path d="M8 9V6.2M6.5 1.75h3M12.2 4.4l1-1" /></svg>
);

export const DueIcon = () => (
  <svg {...BASE}><path d="M3.5 14.5V2M3.5 2.5h8l-1.8 2.75 1.8 2.75h-8" /></svg>
);

export const BellIcon = () => (
  <svg {...BASE}><path d="M4 11.5V7.5a4 4 0 0 1 8 0v4l1.2 1.2H2.8zM6.6 14.2a1.5 1.5 0 0 0 2.8 0" /></svg>
);
