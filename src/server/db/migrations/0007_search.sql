-- One search box (src/server/modules/search): text folded without diacritics in SQL, as foldVietnamese does in
-- src/domain/text.ts for people's names, so "gia dinh" finds "gia đình" in units, meetings, minutes and tasks.
-- A plain SQL function (no extension needed): both PGlite and PostgreSQL run it, and it can be indexed.
CREATE FUNCTION fold_vi(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(t,
    'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'))
$$;

CREATE INDEX orgs_name_fold_trgm_idx ON orgs USING gin (fold_vi(name) gin_trgm_ops);
CREATE INDEX meetings_topic_fold_trgm_idx ON meetings USING gin (fold_vi(coalesce(topic, '')) gin_trgm_ops);
