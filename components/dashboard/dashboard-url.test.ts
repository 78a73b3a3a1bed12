// Dashboard links carry only what differs from the default view, and a filter change goes back to the first page.
import { describe, it, expect } from 'vitest';
import { dashboardHref } from './dashboard-url';

describe('dashboardHref', () => {
  it('leaves out defaults and empty values', () => {
    expect(dashboardHref({ sort: 'nextReview', order: 'asc', page: 1, q: '' })).toBe('/dashboard');
    expect(dashboardHref({ q: 'churn', risk: 'High' }, {}, '/api/v1/dashboard.csv')).toBe('/api/v1/dashboard.csv?q=churn&risk=High');
  });

  it('keeps the view when sorting or filtering, and resets the page unless the change names one', () => {
    expect(dashboardHref({ q: 'churn', page: 3 }, { flag: 'review-overdue' })).toBe('/dashboard?q=churn&flag=review-overdue');
    expect(dashboardHref({ q: 'churn', page: 3 }, { page: 4 })).toBe('/dashboard?q=churn&page=4');
    expect(dashboardHref({ asOf: '2029-01-31' }, { sort: 'risk', order: 'desc' })).toBe('/dashboard?asOf=2029-01-31&sort=risk&order=desc');
  });
});
