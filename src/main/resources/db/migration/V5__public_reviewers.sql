-- Who researched and who published a claim, as names, kept with its public snapshot. Shown
-- to readers only where the newsroom chooses to (factdesk.public.show-reviewers=true).
ALTER TABLE public_claim ADD COLUMN checked_by text, ADD COLUMN published_by text;
