/** The WeCom channel's state on SQLite (a temp file) and on PostgreSQL (a fresh database). */
import { openPostgresPair, openSqlitePair, pairOf } from '../contracts/stores/desk-pair';
import { describeWecomStateContract } from '../contracts/stores/wecom-state.contract';

describeWecomStateContract('SQLite', async () => pairOf(await openSqlitePair(), (desk) => desk.wecom));
describeWecomStateContract('PostgreSQL', async () => pairOf(await openPostgresPair(), (desk) => desk.wecom));
