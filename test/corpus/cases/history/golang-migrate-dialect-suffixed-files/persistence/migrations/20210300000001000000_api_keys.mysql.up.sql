CREATE TABLE `api_keys` (
`id` char(36) NOT NULL,
PRIMARY KEY(`id`),
`scope_schema_url` VARCHAR (2048) NOT NULL,
`claims` JSON NOT NULL,
`created_at` DATETIME NOT NULL,
`updated_at` DATETIME NOT NULL
) ENGINE=InnoDB;