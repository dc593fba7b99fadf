-- Art. 16: the data subject's supplementary statement on the accuracy of her data, kept with the
-- contact, shown in her access copy and erased with the rest of her free text.
ALTER TABLE contact ADD COLUMN supplementary_statement varchar(2000);
