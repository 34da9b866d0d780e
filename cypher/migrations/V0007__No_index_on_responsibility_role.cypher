// The index on Responsibility.role is dropped: a role is shared by hundreds of thousands of
// responsibilities, so seeking by it never helps, and with it the planner could choose, on a freshly
// loaded store, to join every LEAD responsibility of the country for each admin unit (minutes instead
// of seconds for DUPLICATE and GAP). Every query reaches responsibilities from an agency or a function.
DROP INDEX responsibility_role IF EXISTS;
