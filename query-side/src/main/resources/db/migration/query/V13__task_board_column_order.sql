-- The board shows the first cards of each column in board order (most urgent, nearest due, most recently
-- changed). With this index each column's first cards are read in that order and the scan stops at the page
-- size, instead of sorting every open card of the workspace (docs/benchmarks.md, figure 5).
CREATE INDEX task_card_column_order_idx ON query_side.task_card
    (workspace_id, status,
     (CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END),
     due_at ASC NULLS LAST, updated_at DESC, task_id)
    WHERE NOT archived;
