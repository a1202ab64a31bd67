/**
 * Marks the file as a Newsdesk database: SQLite's header field application_id holds
 * 0x4E44534B ("NDSK"), so `file`, the sqlite3 shell and openDatabase can tell our files
 * from any other program's. Files made before this migration are recognised by their
 * schema_migrations table and stamped here.
 */
export const applicationIdSchema = `
PRAGMA application_id = 1313100619;
`;
