#!/usr/bin/env bash
# Fills the one table of an Acta database with ROWS synthetic rows (one new version) and adds an
# HR API token, for the table benchmarks. Not for a database anyone uses: the rows are invented.
#
#   deploy/bench/table-fill.sh DATABASE ROWS [TOKEN] [FIRST]   (MariaDB at 127.0.0.1:3306 as root)
#
# FIRST (default 0) numbers the new rows from there, to add rows to a table filled before (with
# the same TOKEN, which is then kept as it is).
#
# Prints the Authorization header value to use.
set -euo pipefail
DB="${1:?database}"
ROWS="${2:?rows}"
TOKEN="${3:-acta_bench_$(date +%s)}"
FIRST="${4:-0}"
SQL=(mariadb -h127.0.0.1 -uroot "$DB")
"${SQL[@]}" <<SQL
UPDATE change_sequence SET value = value + 1 WHERE name = 'table_row';
INSERT INTO table_row (row_id, work_id, person_id, person_name, person_kind, unit_id, author_rank,
  is_first_author, is_corresponding, first_affiliation_is_institution, title, source_title, issn,
  year, volume, issue, pages, doi, document_type, language, indexed_in, wos_ut, status, confidence,
  version, deleted, content_sha256)
SELECT CONCAT('bench-r', seq), CONCAT('bench-w', seq DIV 2), CONCAT('bench-p', seq MOD 5000),
  CONCAT('作者', seq MOD 5000), 'staff', CONCAT('bench-u', seq MOD 40), 1 + seq MOD 2,
  seq MOD 2 = 0, FALSE, TRUE, CONCAT('Synthetic study number ', seq, ' of layered oxide cathodes, 合成研究'),
  'Journal of Synthetic Materials', '1234-5678', 2019 + seq MOD 5, '12', '3', '100-110',
  CONCAT('10.9999/bench.', seq), 'article', 'en', IF(seq MOD 3 = 0, 'SCIE;EI', 'ESCI'),
  CONCAT('WOS:', LPAD(seq, 15, '0')), IF(seq MOD 5 = 0, 'confirmed', 'auto'), 0.912345,
  (SELECT value FROM change_sequence WHERE name = 'table_row'), FALSE, REPEAT('0', 64)
FROM seq_${FIRST}_to_$((FIRST + ROWS - 1));
INSERT IGNORE INTO api_token (name, token_sha256, scope)
VALUES (CONCAT('bench-', LEFT(SHA2('$TOKEN', 256), 8)), SHA2('$TOKEN', 256), 'table:read');
SQL
echo "Bearer $TOKEN"
