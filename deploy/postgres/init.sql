-- One database per service (docker-compose only; the local stack creates them itself).
CREATE ROLE register LOGIN PASSWORD 'register';
CREATE DATABASE register OWNER register;
CREATE ROLE rights LOGIN PASSWORD 'rights';
CREATE DATABASE rights OWNER rights;
