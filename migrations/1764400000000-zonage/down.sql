DROP TABLE IF EXISTS ruralite_commune;
DROP TABLE IF EXISTS zonage_qpv;
DROP TABLE IF EXISTS qpv_commune;
DROP TABLE IF EXISTS qpv;
DROP TABLE IF EXISTS zonage_commune;
DROP TABLE IF EXISTS zonage_version;
