/** The factory for jest.mock('../../src/services/archive'): every action a jest.fn(). */
export function archiveMock() {
  return {
    createRecord: jest.fn(),
    listRecords: jest.fn(),
    getRecord: jest.fn(),
    findCompanies: jest.fn(),
    rateRecord: jest.fn(),
    getRating: jest.fn(),
    listRatings: jest.fn(),
    myRatingSummary: jest.fn(),
  };
}
