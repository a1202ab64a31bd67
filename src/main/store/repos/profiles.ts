import type { Profile } from '../../../shared/model/profile';
import type { Role } from '../../../shared/model/roles';
import type { Db } from '../open-database';

interface ProfileRow {
  id: number;
  name: string;
  role: Role;
  created_at: string;
}

const toProfile = (row: ProfileRow): Profile => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
});

export function createProfilesRepo(db: Db) {
  const byId = db.prepare<[number], ProfileRow>('SELECT * FROM profiles WHERE id = ?');
  const byName = db.prepare<[string], ProfileRow>('SELECT * FROM profiles WHERE name = ?');
  const all = db.prepare<[], ProfileRow>('SELECT * FROM profiles ORDER BY id');
  const insert = db.prepare('INSERT INTO profiles (name, role, created_at) VALUES (?, ?, ?)');
  const setRole = db.prepare('UPDATE profiles SET role = ? WHERE id = ?');
  const firstAdmin = db.prepare<[], ProfileRow>(
    "SELECT * FROM profiles WHERE role = 'admin' ORDER BY id LIMIT 1",
  );
  const secretOf = db.prepare<
    [number],
    { password_hash: string | null; must_change_password: number }
  >('SELECT password_hash, must_change_password FROM profiles WHERE id = ?');
  const setSecret = db.prepare(
    'UPDATE profiles SET password_hash = ?, must_change_password = ? WHERE id = ?',
  );
  const countAdmins = db.prepare("SELECT COUNT(*) FROM profiles WHERE role = 'admin'").pluck();

  return {
    get(id: number): Profile | undefined {
      const row = byId.get(id);
      return row && toProfile(row);
    },
    findByName(name: string): Profile | undefined {
      const row = byName.get(name);
      return row && toProfile(row);
    },
    list(): Profile[] {
      return all.all().map(toProfile);
    },
    firstAdmin(): Profile | undefined {
      const row = firstAdmin.get();
      return row && toProfile(row);
    },
    adminCount(): number {
      return Number(countAdmins.get());
    },
    create(name: string, role: Role, at: string): Profile {
      const id = Number(insert.run(name, role, at).lastInsertRowid);
      return { id, name, role, createdAt: at };
    },
    setRole(id: number, role: Role): void {
      setRole.run(role, id);
    },
    /** The stored hash (never the password) and whether it is a one-time password. */
    secret(id: number): { hash: string | null; mustChange: boolean } {
      const row = secretOf.get(id);
      return { hash: row?.password_hash ?? null, mustChange: row?.must_change_password === 1 };
    },
    setSecret(id: number, hash: string, mustChange: boolean): void {
      setSecret.run(hash, mustChange ? 1 : 0, id);
    },
  };
}
export type ProfilesRepo = ReturnType<typeof createProfilesRepo>;
