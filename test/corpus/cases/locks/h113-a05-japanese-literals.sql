-- case: Japanese comments and a seed row with Japanese text on the same line as the flagged statement
-- expect: require-concurrent-index@9, require-lock-timeout@8
-- 顧客テーブルに検索用インデックスを追加する（担当：山田）

SET statement_timeout = '30s';
/* 注意：本番では営業時間外に実行すること */
INSERT INTO 設定 (キー, 値) VALUES ('検索', '有効');
ALTER TABLE customers ADD COLUMN 備考 text DEFAULT '未設定';
INSERT INTO labels (name) VALUES ('日本語のラベル'); CREATE INDEX customers_name_idx ON customers (name);
