import { FocusEvent, KeyboardEvent, ReactNode, RefObject, useEffect, useRef } from 'react';

/**
 * A non-modal panel opened by a button (notifications, rich menus): focus moves in when it opens;
 * Escape closes it and puts focus back on the button; a click or Tab to elsewhere on the page closes
 * it without taking focus away from where the person went. The page behind stays usable, so there is
 * no backdrop and no focus trap.
 */
export function Popover({
  id,
  labelledBy,
  open,
  onClose,
  anchor,
  className,
  children,
}: {
  id: string;
  /** The id of the panel's heading. */
  labelledBy: string;
  open: boolean;
  onClose: () => void;
  /** The button that opens the panel: clicks on it are its own (it toggles). */
  anchor: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const inside = (node: Node | null): boolean =>
    !!node && (!!ref.current?.contains(node) || !!anchor.current?.contains(node));

  useEffect(() => {
    if (!open) return;
    ref.current?.focus();
    const onPointerDown = (e: Event) => {
      const target = e.target as Node | null;
      if (target && (ref.current?.contains(target) || anchor.current?.contains(target))) return;
      onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, onClose, anchor]);

  if (!open) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
    anchor.current?.focus();
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    // Focus that goes nowhere (a button inside turning disabled) does not close the panel.
    const next = e.relatedTarget as Node | null;
    if (next && !inside(next)) onClose();
  };
  return (
    // Escape is handled on the panel itself, wherever focus is inside it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      className={`h-popover ${className ?? ''}`}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {children}
    </div>
  );
}
