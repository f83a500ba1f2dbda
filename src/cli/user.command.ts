import type { Command } from 'commander';
import { addUser } from '../auth/auth.service.js';
import { parseRole, ROLES } from '../auth/access.js';
import { listUsers } from '../auth/user.repository.js';
import { openDatabase } from '../bootstrap.js';
import { readConfig } from '../config.js';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Manage desk users');

  user
    .command('add')
    .description('Create a user (or set the password of one with --replace)')
    .argument('<username>', 'e.g. op.sitabuldi')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--unit <unit>', 'the unit the role is scoped to, e.g. ngp-ps-sitabuldi, ngp-z2, ngp')
    .option('--name <name>', 'display name')
    .option('--password-env <var>', 'read the password from this environment variable', 'CHOWKI_USER_PASSWORD')
    .option('--replace', 'set the password if the user exists')
    .action(async (username: string, opts: { role: string; unit: string; name?: string; passwordEnv: string; replace?: boolean }) => {
      const role = parseRole(opts.role);
      if (!role) throw new Error(`--role: "${opts.role}" is not one of ${ROLES.join(', ')}`);
      const password = process.env[opts.passwordEnv];
      if (!password) throw new Error(`Set the password in the environment variable ${opts.passwordEnv} (it is never taken on the command line)`);
      const config = readConfig();
      const store = await openDatabase(config);
      try {
        const r = await addUser(store.db, {
          username,
          password,
          role,
          unitId: opts.unit,
          ...(opts.name ? { displayName: opts.name } : {}),
          ...(opts.replace ? { replace: true } : {}),
        }, config.passwordHash);
        process.stdout.write(`${r.created ? 'created' : 'updated'} ${username} (${role}, ${opts.unit})\n`);
      } finally {
        await store.close();
      }
    });

  user
    .command('list')
    .description('List users with their roles and units')
    .action(async () => {
      const store = await openDatabase(readConfig());
      try {
        for (const u of await listUsers(store.db)) {
          process.stdout.write(`${u.username}\t${u.role}\t${u.unit_id}\t${u.active ? 'active' : 'disabled'}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
