import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type AppConfig, ConfigError } from '#config';

/**
 * JWT_SECRET, or in demo mode a secret generated once and kept under DATA_DIR
 * (so tokens survive a restart). With DATABASE_URL the secret must be given:
 * replicas have to share it.
 */
export async function resolveJwtSecret(config: AppConfig): Promise<string> {
  if (config.auth.jwtSecret !== null) return config.auth.jwtSecret;
  if (config.database.url !== null) {
    throw new ConfigError(
      'JWT_SECRET',
      'is required when DATABASE_URL is set (at least 32 characters, the same on every replica)',
    );
  }
  const file = path.join(config.dataDir, 'jwt.secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
