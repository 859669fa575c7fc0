-- case: a misspelled rule id after multibyte text; the range covers the unknown id
-- expect: invalid-directive@5, require-lock-timeout@6, add-required-column@6

-- 🛠 メンテナンス
-- sluice-ignore add-required-colum: 空のテーブル 🙂
ALTER TABLE tenants ADD COLUMN plan text NOT NULL;
