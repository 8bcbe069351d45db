-- Each office's contact, shown in the public directory so that migrants, partners and
-- authorities know whom to call.
ALTER TABLE organisation_mission ADD COLUMN chief_of_mission TEXT;
ALTER TABLE organisation_mission ADD COLUMN phone TEXT;
ALTER TABLE organisation_mission ADD COLUMN email TEXT;
ALTER TABLE organisation_mission ADD COLUMN address TEXT;

UPDATE organisation_mission SET chief_of_mission = 'Director General', phone = '+41227179111', email = 'hq@homeward.example', address = 'Geneva, Switzerland' WHERE code = 'HQ';
UPDATE organisation_mission SET chief_of_mission = 'Regional Director', phone = '+20227365140', email = 'rmn@homeward.example', address = 'Cairo, Egypt' WHERE code = 'RMN';
UPDATE organisation_mission SET chief_of_mission = 'Regional Director', phone = '+221338696200', email = 'rwc@homeward.example', address = 'Dakar, Senegal' WHERE code = 'RWC';
UPDATE organisation_mission SET chief_of_mission = 'Anne Lefèvre', phone = '+212537652881', email = 'mar@homeward.example', address = 'Rabat, Morocco' WHERE code = 'MAR';
UPDATE organisation_mission SET chief_of_mission = 'Head of sub-office', phone = '+212537652882', email = 'rabat@homeward.example', address = 'Rabat, Morocco' WHERE code = 'MAR-RBA';
UPDATE organisation_mission SET chief_of_mission = 'Head of sub-office', phone = '+212536683400', email = 'oujda@homeward.example', address = 'Oujda, Morocco' WHERE code = 'MAR-OUJ';
UPDATE organisation_mission SET chief_of_mission = 'Head of sub-office', phone = '+212539940110', email = 'tanger@homeward.example', address = 'Tangier, Morocco' WHERE code = 'MAR-TNG';
UPDATE organisation_mission SET chief_of_mission = 'Chief of mission', phone = '+237222209870', email = 'cmr@homeward.example', address = 'Yaoundé, Cameroon' WHERE code = 'CMR';
UPDATE organisation_mission SET chief_of_mission = 'Chief of mission', phone = '+23494616350', email = 'nga@homeward.example', address = 'Abuja, Nigeria' WHERE code = 'NGA';
UPDATE organisation_mission SET chief_of_mission = 'Chief of mission', phone = '+221338696200', email = 'sen@homeward.example', address = 'Dakar, Senegal' WHERE code = 'SEN';
UPDATE organisation_mission SET chief_of_mission = 'Chief of mission', phone = '+22527224770', email = 'civ@homeward.example', address = 'Abidjan, Côte d''Ivoire' WHERE code = 'CIV';
UPDATE organisation_mission SET chief_of_mission = 'Chief of mission', phone = '+22320224840', email = 'mli@homeward.example', address = 'Bamako, Mali' WHERE code = 'MLI';
UPDATE organisation_mission SET chief_of_mission = 'Chief of mission', phone = '+224622000000', email = 'gin@homeward.example', address = 'Conakry, Guinea' WHERE code = 'GIN';
