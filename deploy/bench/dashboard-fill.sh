#!/usr/bin/env bash
# Makes the table of table-fill.sh a dashboard's table: a unit tree above its units (a university,
# 8 schools, the 40 departments bench-u0..39 under them), JCR quartiles and corresponding authors.
#
#   deploy/bench/dashboard-fill.sh DATABASE ROWS [TOKEN]     (MariaDB at 127.0.0.1:3306 as root)
#
# Prints the Authorization header value to use (table-fill.sh's HR token).
set -euo pipefail
DB="${1:?database}"
ROWS="${2:?rows}"
HERE="$(cd "$(dirname "$0")" && pwd)"
AUTH="$("$HERE/table-fill.sh" "$DB" "$ROWS" "${3:-}")"
mariadb -h127.0.0.1 -uroot "$DB" <<'SQL'
INSERT INTO unit (code, parent_id, name_zh, name_en) VALUES ('bench-root', NULL, '基准大学', 'Bench University');
INSERT INTO unit (code, parent_id, name_zh, name_en)
SELECT CONCAT('bench-s', seq), (SELECT id FROM unit WHERE code = 'bench-root'), CONCAT('学院', seq),
  CONCAT('School ', seq) FROM seq_0_to_7;
INSERT INTO unit (code, parent_id, name_zh, name_en)
SELECT CONCAT('bench-u', seq), (SELECT id FROM unit u WHERE u.code = CONCAT('bench-s', seq MOD 8)),
  CONCAT('系', seq), CONCAT('Department ', seq) FROM seq_0_to_39;
UPDATE table_row SET jcr_quartile = ELT(1 + CRC32(work_id) MOD 5, 'Q1', 'Q2', 'Q3', 'Q4', NULL),
  is_corresponding = (CRC32(row_id) MOD 7 = 0);
SQL
echo "$AUTH"
