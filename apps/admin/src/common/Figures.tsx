import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ProgressBar } from './ProgressField.js';
import { StatusChip } from './StatusField.js';
import { Timestamp } from './DueDateField.js';

export interface FigureSet {
  progress?: number | null;
  status?: string | null;
  at?: string | null;
}

/**
 * Self-reported next to verified figures: both stay visible, so a reader of
 * the plenary report can tell what a partner claimed from what staff checked.
 */
export function FiguresTable({
  selfReported,
  verified,
}: {
  selfReported: FigureSet | null;
  verified: FigureSet | null;
}) {
  const translate = useTranslate();
  const rows: Array<[string, FigureSet | null, string]> = [
    [translate('rex.review.self_reported'), selfReported, 'self-reported'],
    [translate('rex.review.verified'), verified, 'verified'],
  ];
  return (
    <Table size="small" aria-label={translate('rex.review.figures')} sx={{ maxWidth: 720 }}>
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell>{translate('resources.milestones.fields.progress')}</TableCell>
          <TableCell>{translate('resources.milestones.fields.status')}</TableCell>
          <TableCell>{translate('resources.audit-events.fields.occurredAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([label, figures, testId]) => (
          <TableRow key={testId} data-testid={`figures-${testId}`}>
            <TableCell component="th" scope="row">
              {label}
            </TableCell>
            <TableCell>{figures ? <ProgressBar value={figures.progress} /> : translate('rex.fields.none')}</TableCell>
            <TableCell>{figures ? <StatusChip status={figures.status} /> : null}</TableCell>
            <TableCell>{figures ? <Timestamp value={figures.at} /> : null}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
