DROP TABLE IF EXISTS scenario_simulation;
