/** The factory for jest.mock('../../src/services/request'): every action a jest.fn(). */
export function requestMock() {
  return {
    createRequest: jest.fn(),
    listRequests: jest.fn(),
    getRequest: jest.fn(),
    acceptRequest: jest.fn(),
    startRequest: jest.fn(),
    closeRequest: jest.fn(),
    cancelRequest: jest.fn(),
    rateRequest: jest.fn(),
    getRequestRating: jest.fn(),
  };
}
