import {
  closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Problem } from '@koers/engine';
import type { LayoutItem } from '../model/form-layout';
import { readRule } from '../model/form-rule';
import { AddBar } from './AddBar';
import type { OutlineProps } from './FieldOutline';
import { KIND_NAMES, t } from './messages';

export interface RowProps extends OutlineProps {
  item: LayoutItem;
  index: number;
  parent: LayoutItem;
  byField: Map<string, Problem[]>;
  move: (parent: LayoutItem, from: number, to: number, action?: string) => void;
  itemName: (item: LayoutItem) => string;
}

/** The children of one outline item, sortable among themselves by drag and drop and by keyboard. */
export function SortableList({ parent, row }: { parent: LayoutItem; row: Omit<RowProps, 'item' | 'index' | 'parent'> }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const children = parent.children ?? [];
  const ids = children.map((c) => c.id);
  const name = (id: unknown) => row.itemName(children.find((c) => c.id === id) ?? parent);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    row.move(parent, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)), 'drag');
  };
  const lang = row.lang;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t(lang, 'outlineHelp') },
        announcements: {
          onDragStart: ({ active }) => name(active.id),
          onDragOver: ({ active, over }) => (over ? t(lang, 'moved', { name: name(active.id), n: ids.indexOf(String(over.id)) + 1, count: ids.length }) : ''),
          onDragEnd: ({ active, over }) => (over ? t(lang, 'moved', { name: name(active.id), n: ids.indexOf(String(over.id)) + 1, count: ids.length }) : ''),
          onDragCancel: ({ active }) => name(active.id),
        },
      }}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="fb-list">
          {children.map((item, index) => <OutlineRow key={item.id} {...row} item={item} index={index} parent={parent} />)}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function problemCount(item: LayoutItem, byField: Map<string, Problem[]>): number {
  return item.field === undefined ? 0 : byField.get(item.field)?.length ?? 0;
}

function OutlineRow(props: RowProps) {
  const { item, index, parent, form, selected, onSelectField, onSelectLayout, onChange, byField, move, itemName, lang } = props;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const name = itemName(item);
  const count = parent.children?.length ?? 0;
  const problems = problemCount(item, byField);
  const conditional = item.keys[0] === 'uischema' && readRule(form, item.keys, parent.base ?? '') !== undefined;
  const kindName = item.fieldKind ? KIND_NAMES[item.fieldKind][lang] : item.kind === 'label' ? t(lang, 'info') : undefined;
  const select = () => (item.field !== undefined ? onSelectField(item.field) : onSelectLayout(item.id));
  const container = item.childrenIn !== undefined && (item.kind !== 'control' || item.fieldKind === 'group' || item.fieldKind === 'object');
  return (
    <li ref={setNodeRef} data-fb-id={item.id} className={`fb-row fb-row--${item.kind}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}>
      <div className={`fb-row__line${selected === item.id ? ' is-selected' : ''}`}>
        <button type="button" className="fb-handle" data-fb-action="drag" aria-label={t(lang, 'dragNamed', { name })} {...attributes} {...listeners}>
          <span aria-hidden="true">⋮⋮</span>
        </button>
        <button type="button" className="fb-row__select" data-fb-action="select" aria-current={selected === item.id ? 'true' : undefined} onClick={select}>
          <span className="fb-row__name">{name}</span>
          {kindName && <span className="fb-badge">{kindName}</span>}
          {conditional && <span className="fb-badge fb-badge--rule">{t(lang, 'conditional')}</span>}
          {problems > 0 && <span className="fb-badge fb-badge--error">{problems} ⚠</span>}
        </button>
        <button type="button" className="fb-icon" data-fb-action="up" disabled={index === 0}
          aria-label={t(lang, 'moveUpNamed', { name })} title={t(lang, 'moveUp')} onClick={() => move(parent, index, index - 1, 'up')}>↑</button>
        <button type="button" className="fb-icon" data-fb-action="down" disabled={index === count - 1}
          aria-label={t(lang, 'moveDownNamed', { name })} title={t(lang, 'moveDown')} onClick={() => move(parent, index, index + 1, 'down')}>↓</button>
      </div>
      {container && (
        <div className="fb-row__children">
          {(item.children?.length ?? 0) > 0 && <SortableList parent={item} row={props} />}
          <AddBar form={form} container={item} onChange={onChange} onAdded={onSelectField} lang={lang} name={name} />
        </div>
      )}
    </li>
  );
}
