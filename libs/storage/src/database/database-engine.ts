import { Token } from 'cdktf';

export type DatabaseEngine = 'postgres' | 'mysql';

/** CloudWatch Logs exports RDS offers for the two engines. */
export type DatabaseLogExport =
  'postgresql' | 'upgrade' | 'error' | 'general' | 'slowquery' | 'audit' | 'iam-db-auth-error';

interface EngineFacts {
  readonly defaultVersion: string;
  readonly defaultPort: number;
  readonly logExports: readonly DatabaseLogExport[];
  readonly defaultLogExports: readonly DatabaseLogExport[];
  /** The parameter that makes the server refuse unencrypted connections. */
  readonly tlsParameter: { readonly name: string; readonly value: string };
  readonly maxUsernameLength: number;
  readonly maxDatabaseNameLength: number;
}

export const ENGINES: Record<DatabaseEngine, EngineFacts> = {
  postgres: {
    defaultVersion: '17',
    defaultPort: 5432,
    logExports: ['postgresql', 'upgrade', 'iam-db-auth-error'],
    defaultLogExports: ['postgresql', 'upgrade'],
    tlsParameter: { name: 'rds.force_ssl', value: '1' },
    maxUsernameLength: 63,
    maxDatabaseNameLength: 63,
  },
  mysql: {
    defaultVersion: '8.4',
    defaultPort: 3306,
    logExports: ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error'],
    defaultLogExports: ['error', 'slowquery'],
    tlsParameter: { name: 'require_secure_transport', value: '1' },
    maxUsernameLength: 32,
    maxDatabaseNameLength: 64,
  },
};

/**
 * The DB parameter group family for an engine version: `postgres17` for "17" or "17.4", `mysql8.4` for "8.4"
 * or "8.4.3". Throws when the version has no recognisable major part.
 */
export function parameterGroupFamily(where: string, engine: DatabaseEngine, version: string): string {
  if (Token.isUnresolved(version)) {
    throw new Error(
      `${where}: engineVersion is a token, so give parameterGroupFamily (e.g. "postgres17" or "mysql8.4")`,
    );
  }
  const m = engine === 'postgres' ? /^(\d{2,})(\.\d+)?$/.exec(version) : /^(\d+\.\d+)(\.\d+)?$/.exec(version);
  if (!m) {
    const example = engine === 'postgres' ? '"17" or "17.4"' : '"8.4" or "8.4.3"';
    throw new Error(`${where}: engineVersion "${version}" is not a ${engine} version such as ${example}`);
  }
  return `${engine}${m[1]}`;
}
