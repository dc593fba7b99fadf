-- One database per service (docker-compose only; the local stack creates them itself, in
-- PostgresServer.ensureDatabase). Each service also has an audit owner role, <user>_audit, a member
-- of the service's role (never the other way round): at startup the service makes it own every
-- audit table (audit_entry, audit_chain, audit_pending) and audit function and grants its own role
-- only SELECT there (and INSERT on the staging table audit_pending): the service's role stages
-- entries and cannot update or delete an audit row; each service links the staged entries into its
-- chain and prunes old ones as the owner (AuditTableOwner, AuditWriter). Demo
-- passwords; set real ones in production.
CREATE ROLE register LOGIN PASSWORD 'register';
CREATE DATABASE register OWNER register;
CREATE ROLE register_audit LOGIN PASSWORD 'register_audit';
GRANT register TO register_audit;
CREATE ROLE rights LOGIN PASSWORD 'rights';
CREATE DATABASE rights OWNER rights;
CREATE ROLE rights_audit LOGIN PASSWORD 'rights_audit';
GRANT rights TO rights_audit;
